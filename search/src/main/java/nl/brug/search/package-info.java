/**
 * Search over the toolkit: Hibernate Search (standalone POJO mapper) over documents built from
 * {@code content}, Dutch analysis, facets, suggestions, reindexing. Hibernate Search is used only
 * inside this module. The search issue fills it; until then the portal's search page says it is
 * coming.
 */
package nl.brug.search;
