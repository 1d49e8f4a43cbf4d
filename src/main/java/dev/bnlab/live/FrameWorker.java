package dev.bnlab.live;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A worker thread that owns some state, runs commands sent from any thread between units of work, and publishes
 * immutable frames of type {@code F}: the UI asks for a frame ({@link #requestFrame()}) and takes the latest one
 * ({@link #takeFrame()}) at most once per pulse; frames in between are never built. Serves the live lab's
 * {@link Trainer} and the Experiments mode's runner. Subclasses do one slice of work per {@link #work()} and call
 * {@link #markDirty()} when a new frame is worth publishing.
 *
 * @param <F> the frame type
 */
public abstract class FrameWorker<F> implements AutoCloseable {

    /** Speed meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** How long an idle worker waits for a command before looking at frame requests again (20 ms). */
    protected static final long IDLE_WAIT_NANOS = 20_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<F> latest = new AtomicReference<>();
    private final AtomicBoolean frameWanted = new AtomicBoolean(true);
    private Thread thread;
    private volatile boolean shutdown;
    private volatile boolean playing;
    private volatile double speed;

    // worker-thread state
    private boolean dirty = true;

    protected FrameWorker(double initialSpeed) {
        this.speed = initialSpeed;
    }

    /** Starts the worker thread; the subclass calls this last in its constructor, once its state is set. */
    protected final void start(String threadName) {
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    // ------------------------------------------------------------------ commands (any thread)

    /** Queues work for the worker thread, to run before the next unit of work. */
    protected final void command(Runnable c) {
        commands.add(c);
    }

    /** Runs arbitrary work on the worker thread (tests, experiments). */
    public void submit(Runnable work) {
        commands.add(work);
    }

    public void pause() {
        playing = false;
        commands.add(this::markDirty);
    }

    protected final void setPlaying(boolean p) {
        playing = p;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Units per second while playing; {@link #FLAT_OUT} for no limit. */
    public void setSpeed(double unitsPerSecond) {
        this.speed = unitsPerSecond;
    }

    public double speed() {
        return speed;
    }

    /** Asks the worker to publish a frame when something changed. */
    public void requestFrame() {
        frameWanted.set(true);
    }

    /** The newest unpublished frame, or null; each frame is returned once. */
    public F takeFrame() {
        return latest.getAndSet(null);
    }

    /** The newest frame without consuming it (may be null). */
    public F peekFrame() {
        return latest.get();
    }

    @Override
    public void close() {
        shutdown = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    // ------------------------------------------------------------------ worker thread

    /** One slice of work (or a wait for a command when there is none); worker thread. */
    protected abstract void work() throws InterruptedException;

    /** A frame of the current state; worker thread. */
    protected abstract F buildFrame();

    /** Records a failure of {@link #work()} for the next frame; the worker has already paused. */
    protected abstract void failed(RuntimeException e);

    /** The state changed: publish a frame at the next request. */
    protected final void markDirty() {
        dirty = true;
    }

    /** Whether the UI is waiting for a frame (a flat-out slice ends early then). */
    protected final boolean frameWanted() {
        return frameWanted.get();
    }

    /** Waits up to {@code nanos} for one command and runs it. */
    protected final void waitForCommand(long nanos) throws InterruptedException {
        Runnable c = commands.poll(nanos, TimeUnit.NANOSECONDS);
        if (c != null) {
            c.run();
        }
    }

    private void loop() {
        while (!shutdown) {
            try {
                Runnable c;
                while ((c = commands.poll()) != null) {
                    c.run();
                }
                work();
                if (frameWanted.get() && dirty) {
                    publish();
                }
            } catch (InterruptedException e) {
                if (shutdown) {
                    return;
                }
            } catch (RuntimeException e) {
                // never let the worker die silently: report it in the next frame and pause
                playing = false;
                failed(e);
                dirty = true;
            }
        }
    }

    private void publish() {
        frameWanted.set(false);
        dirty = false;
        latest.set(buildFrame());
    }
}
