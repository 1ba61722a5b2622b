package org.factmark.desk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder's figures, summed over its articles: annotations per label, assertions per verdict, articles per
 * status, and the verdicts over time by the articles' publication month. Broken articles count only as broken.
 *
 * @param articles       articles listed, broken ones included
 * @param broken         articles (or files) listed with a problem
 * @param byLabel        annotations per label, in order of first use
 * @param assertions     assertions in all
 * @param rated          assertions with a verdict
 * @param verdicts       assertions per verdict, in order of first use
 * @param byStatus       usable articles per status, in the statuses' order (zeros included), then others
 * @param done           usable articles whose status counts as done
 * @param verdictsByMonth assertions per verdict for each publication month ("2024-05"), in time order; articles
 *                        without a date that can be read are under {@link #UNDATED}, last
 */
public record FolderStats(int articles, int broken, Map<String, Integer> byLabel, int assertions, int rated,
                          Map<String, Integer> verdicts, Map<String, Integer> byStatus, int done,
                          Map<String, Map<String, Integer>> verdictsByMonth) {
    public static final String UNDATED = "no date";
    private static final Pattern MONTH = Pattern.compile("^\\s*(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\b");

    public static FolderStats of(List<DeskEntry> entries, Statuses statuses) {
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        statuses.values().forEach(s -> byStatus.put(s, 0));
        TreeMap<String, Map<String, Integer>> byMonth = new TreeMap<>();
        Map<String, Integer> undated = new LinkedHashMap<>();
        int broken = 0;
        int assertions = 0;
        int rated = 0;
        int done = 0;
        for (DeskEntry e : entries) {
            if (e.isBroken()) {
                broken++;
                continue;
            }
            e.labels().forEach((label, n) -> byLabel.merge(label, n, Integer::sum));
            e.verdicts().forEach((verdict, n) -> verdicts.merge(verdict, n, Integer::sum));
            assertions += e.assertions();
            rated += e.rated();
            String status = statuses.of(e);
            byStatus.merge(status, 1, Integer::sum);
            if (statuses.isDone(status)) {
                done++;
            }
            if (!e.verdicts().isEmpty()) {
                String month = month(e.date());
                Map<String, Integer> into = month == null ? undated : byMonth.computeIfAbsent(month,
                        m -> new LinkedHashMap<>());
                e.verdicts().forEach((verdict, n) -> into.merge(verdict, n, Integer::sum));
            }
        }
        Map<String, Map<String, Integer>> overTime = new LinkedHashMap<>(byMonth);
        if (!undated.isEmpty()) {
            overTime.put(UNDATED, undated);
        }
        return new FolderStats(entries.size(), broken, Collections.unmodifiableMap(byLabel),
                assertions, rated, Collections.unmodifiableMap(verdicts), Collections.unmodifiableMap(byStatus), done,
                Collections.unmodifiableMap(overTime));
    }

    /** Usable articles: those listed without a problem. */
    public int usable() {
        return articles - broken;
    }

    /** The month of an ISO 8601 date ("2024-05-02T10:00Z" → "2024-05"); a bare year stays a year; else null. */
    static String month(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = MONTH.matcher(date);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? m.group(1) + "-" + m.group(2) : null;
        }
        Matcher y = YEAR.matcher(date);
        return y.find() ? y.group(1) : null;
    }
}
