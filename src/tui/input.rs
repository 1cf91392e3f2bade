//! What reaches the tutor from outside, as data of its own: keys, wheel turns, a new
//! window size, and word that a chapter's highlighting has finished.
//!
//! The backend's event types stop here: [`Input::from_event`] is the one place a
//! crossterm event is read, so actions, keymaps and tests speak only [`Key`]. The
//! terminal's events and the highlighting threads share one channel, so the loop
//! sleeps until something happens instead of waking on a timer.
use super::keymap::{Key, KeyCode};
use crossterm::event::{Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// Lines scrolled by one notch of the mouse wheel.
pub const WHEEL: isize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(Key),
    /// The mouse wheel turned by this many lines (down is positive).
    Wheel(isize),
    /// The left button pressed at this column and row.
    Click(u16, u16),
    /// The terminal's new size in columns and rows.
    Resize(u16, u16),
    /// A document finished highlighting on another thread.
    Highlighted,
}

impl Input {
    /// The input a terminal event stands for, if the tutor uses it. Only key presses
    /// count: a release or repeat report from a terminal that sends them must not act
    /// twice.
    pub fn from_event(event: &Event) -> Option<Self> {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                let code = match key.code {
                    crossterm::event::KeyCode::Char(c) => KeyCode::Char(c),
                    crossterm::event::KeyCode::Enter => KeyCode::Enter,
                    crossterm::event::KeyCode::Esc => KeyCode::Esc,
                    crossterm::event::KeyCode::Backspace => KeyCode::Backspace,
                    crossterm::event::KeyCode::Delete => KeyCode::Delete,
                    crossterm::event::KeyCode::Tab => KeyCode::Tab,
                    crossterm::event::KeyCode::BackTab => KeyCode::BackTab,
                    crossterm::event::KeyCode::Up => KeyCode::Up,
                    crossterm::event::KeyCode::Down => KeyCode::Down,
                    crossterm::event::KeyCode::Left => KeyCode::Left,
                    crossterm::event::KeyCode::Right => KeyCode::Right,
                    crossterm::event::KeyCode::Home => KeyCode::Home,
                    crossterm::event::KeyCode::End => KeyCode::End,
                    crossterm::event::KeyCode::PageUp => KeyCode::PageUp,
                    crossterm::event::KeyCode::PageDown => KeyCode::PageDown,
                    _ => return None,
                };
                Some(Self::Key(Key {
                    code,
                    ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
                    alt: key.modifiers.contains(KeyModifiers::ALT),
                }))
            }
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown => Some(Self::Wheel(WHEEL)),
                MouseEventKind::ScrollUp => Some(Self::Wheel(-WHEEL)),
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(Self::Click(mouse.column, mouse.row))
                }
                _ => None,
            },
            Event::Resize(cols, rows) => Some(Self::Resize(*cols, *rows)),
            _ => None,
        }
    }
}

/// What waiting for input ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Input(Input),
    /// The time asked for passed with nothing happening.
    Timeout,
    /// Nothing more will ever come (a test's script ran out).
    Closed,
}

/// Where the loop gets its inputs from: the terminal, or a script in tests.
pub trait InputSource {
    /// Waits for the next input, at most `timeout` (for ever when None).
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next>;

    /// How another thread can send word that it finished, if this source listens.
    fn waker(&self) -> Option<Waker> {
        None
    }

    /// Hands the terminal back to the shell until the job is continued (`Ctrl-z`). A
    /// source with no terminal behind it (a test's script) has nothing to hand back.
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Tells the loop that something finished on another thread.
#[derive(Debug, Clone)]
pub struct Waker(Sender<io::Result<Input>>);

impl Waker {
    /// Delivers `input` to the loop; nothing happens if the loop has ended.
    pub fn wake(&self, input: Input) {
        let _ = self.0.send(Ok(input));
    }
}

/// Inputs from the real terminal, read on a thread of their own, plus whatever the
/// highlighting threads send through a [`Waker`].
#[derive(Debug)]
pub struct TerminalInputs {
    sender: Sender<io::Result<Input>>,
    receiver: Receiver<io::Result<Input>>,
}

impl TerminalInputs {
    /// Starts reading the terminal. The reading thread ends with the process.
    pub fn start() -> io::Result<Self> {
        let (sender, receiver) = mpsc::channel::<io::Result<Input>>();
        let terminal = sender.clone();
        std::thread::Builder::new()
            .name("terminal input".into())
            .spawn(move || {
                loop {
                    let sent = match crossterm::event::read() {
                        Ok(event) => match Input::from_event(&event) {
                            Some(input) => terminal.send(Ok(input)),
                            None => Ok(()),
                        },
                        Err(err) => {
                            let _ = terminal.send(Err(err));
                            return;
                        }
                    };
                    if sent.is_err() {
                        return;
                    }
                }
            })?;
        Ok(Self { sender, receiver })
    }
}

impl InputSource for TerminalInputs {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next> {
        let received = match timeout {
            Some(timeout) => self.receiver.recv_timeout(timeout),
            None => self
                .receiver
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(Ok(input)) => Ok(Next::Input(input)),
            Ok(Err(err)) => Err(err),
            Err(RecvTimeoutError::Timeout) => Ok(Next::Timeout),
            Err(RecvTimeoutError::Disconnected) => Ok(Next::Closed),
        }
    }

    fn waker(&self) -> Option<Waker> {
        Some(Waker(self.sender.clone()))
    }

    fn suspend(&mut self) -> io::Result<()> {
        super::terminal::suspend()
    }
}

/// A fixed list of inputs, for tests: each is delivered in turn, then the source is
/// closed. A timeout is never waited for: it passes at once.
#[derive(Debug, Default)]
pub struct Script(std::collections::VecDeque<Input>);

impl Script {
    pub fn new(inputs: impl IntoIterator<Item = Input>) -> Self {
        Self(inputs.into_iter().collect())
    }
}

impl InputSource for Script {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Next> {
        Ok(self.0.pop_front().map_or(Next::Closed, Next::Input))
    }
}
