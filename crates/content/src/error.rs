//! Errors: one human message per problem, naming the file and the item.

use std::fmt;

/// One problem found in the content, e.g.
/// `content/en.toml: tip.heat_cold.body is empty`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file the problem is in, as the author knows it
    /// (`content/flow.toml`, `content/en.toml`).
    pub file: String,
    /// What is wrong, naming the item (`tip.heat_cold.body is empty`).
    pub message: String,
}

impl Error {
    pub(crate) fn new(file: &str, message: impl Into<String>) -> Self {
        Error {
            file: file.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for Error {}

/// Every problem found, in the order they were found (never empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// The messages as strings, one per problem.
    pub fn messages(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
