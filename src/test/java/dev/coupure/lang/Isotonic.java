package dev.coupure.lang;

import java.util.ArrayList;
import java.util.List;

/** Isotonic regression of a rate over ordered bins, by pooling adjacent violators. */
final class Isotonic {

    private Isotonic() {
    }

    /**
     * @return for each bin, the smoothed share of right answers ({@link CalibrationWriter#probability}) of the pool
     *     it falls in, non-decreasing over the bins; an empty bin takes its predecessor's value (0 at the start)
     */
    static double[] fit(long[] right, long[] total) {
        List<long[]> pools = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < total.length; i++) {
            if (total[i] == 0) {
                continue;
            }
            pools.add(new long[] {right[i], total[i]});
            members.add(new ArrayList<>(List.of(i)));
            while (pools.size() > 1 && rate(pools.get(pools.size() - 2)) > rate(pools.get(pools.size() - 1))) {
                long[] last = pools.remove(pools.size() - 1);
                pools.get(pools.size() - 1)[0] += last[0];
                pools.get(pools.size() - 1)[1] += last[1];
                members.get(members.size() - 2).addAll(members.remove(members.size() - 1));
            }
        }
        double[] p = new double[total.length];
        for (int k = 0; k < pools.size(); k++) {
            for (int i : members.get(k)) {
                p[i] = CalibrationWriter.probability(pools.get(k)[0], pools.get(k)[1]);
            }
        }
        for (int i = 1; i < p.length; i++) {
            if (total[i] == 0) {
                p[i] = p[i - 1];
            }
        }
        return p;
    }

    private static double rate(long[] pool) {
        return pool[0] / (double) pool[1];
    }
}
