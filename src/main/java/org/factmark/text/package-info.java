/**
 * Where text may break: line-break opportunities, words and user-perceived characters (grapheme clusters), by
 * ICU4J's break iterators, which know the scripts written without spaces (Chinese, Japanese and Thai words
 * come from ICU's dictionaries). Plain Java, no toolkit.
 */
package org.factmark.text;
