package dev.bnlab.record;

import dev.bnlab.runtime.LiveFrame;

/**
 * One frame to film: the training state and the segment it belongs to (its caption and views).
 *
 * @param index   0-based frame number in the clip
 * @param total   frames in the clip
 * @param frame   the training state, as the live app would show it
 * @param segment the segment being filmed
 */
public record ClipFrame(int index, int total, LiveFrame frame, ClipSegment segment) {
}
