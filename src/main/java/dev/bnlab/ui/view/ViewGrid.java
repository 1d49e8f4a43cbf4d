package dev.bnlab.ui.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** The grid the views share in the main window and in recorded clips: equal cells, about 3:2 overall. */
public final class ViewGrid {

    private ViewGrid() {
    }

    /** Columns for n views: 1→1, 2→2, 3→3, 4→2 (2×2), 5 and 6→3 (3×2). */
    static int columns(int n) {
        return n <= 3 ? n : (n == 4 ? 2 : 3);
    }

    /** Replaces the grid's cells with the views, in order, row by row. */
    public static void fill(GridPane grid, List<? extends Node> views) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = views.size();
        if (n == 0) {
            return;
        }
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            grid.add(views.get(i), i % cols, i / cols);
        }
    }
}
