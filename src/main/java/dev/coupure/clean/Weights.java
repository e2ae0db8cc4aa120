package dev.coupure.clean;

import dev.coupure.text.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model's weights from a data file ({@code feature<TAB>weight} per line) into the order of
 * its features. An unknown feature name is a packaging bug and fails loudly; a missing one weighs 0.
 */
final class Weights {

    private Weights() {
    }

    static double[] read(String resource, List<String> features) {
        Map<String, Double> byName = new HashMap<>();
        for (String row : ResourceLines.read(Weights.class, resource)) {
            String[] cells = row.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ": expected feature<TAB>weight, got: " + row);
            }
            String name = cells[0].strip();
            if (!features.contains(name)) {
                throw new IllegalStateException(resource + ": unknown feature " + name + "; known: " + features);
            }
            byName.put(name, Double.parseDouble(cells[1].strip()));
        }
        double[] weights = new double[features.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = byName.getOrDefault(features.get(i), 0.0);
        }
        return weights;
    }
}
