import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The launch benchmark's floor: a bare JavaFX window with one label, run on the app image's own runtime with its
 * JVM options and a class-data cache of its own. It prints {@code FLOOR_READY <epoch ms>} once its first frame has
 * been laid out, as Tenken prints TENKEN_READY; with {@code -Dfloor.exit=true} it then ends (the training run). With
 * {@code -Dfloor.fonts="A", "B", sans-serif} its labels (regular and bold) are set in that CSS font family: the app's.
 */
public final class Floor {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StackPane root = new StackPane(new Label("点検"));
            String fonts = System.getProperty("floor.fonts");
            if (fonts != null) { // the app's font family, in the two weights its screens use
                Label bold = new Label("医療機関確認用");
                bold.setStyle("-fx-font-weight: bold;");
                root = new StackPane(new VBox(new Label("点検"), bold));
                root.setStyle("-fx-font-family: " + fonts + "; -fx-font-size: 14px;");
            }
            Scene scene = new Scene(root, 1366, 740);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("FLOOR_READY " + System.currentTimeMillis());
                System.out.flush();
                if (Boolean.getBoolean("floor.exit")) {
                    Platform.exit();
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.setTitle("floor");
            stage.show();
        }
    }
}
