package dev.bnlab.lesson;

/**
 * Moves through the scenes of the open lesson; the lesson panel implements it, the keyboard (presentation
 * mode) calls it. Both methods do nothing when there is no lesson or no further scene.
 */
public interface SceneStepper {

    void nextScene();

    void previousScene();

    /** Used while no lesson panel is attached. */
    SceneStepper NONE = new SceneStepper() {
        @Override
        public void nextScene() {
        }

        @Override
        public void previousScene() {
        }
    };
}
