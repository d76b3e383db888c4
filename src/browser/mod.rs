//! The browser, behind small adapters: storage (the only module that touches
//! localStorage), downloads, file inputs, focus, dates, timing, the address
//! fragment, printing, the clipboard and the share sheet, the texts files,
//! and the panic notice. Views reach the browser only through these.

pub mod address;
pub mod after_paint;
pub mod crash;
pub mod dates;
pub mod download;
pub mod file_input;
pub mod first_screen;
pub mod focus;
pub mod numbers;
pub mod storage;
pub mod system;
pub mod texts_file;
pub mod timing;
