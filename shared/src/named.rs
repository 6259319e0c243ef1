//! Enums that are written as fixed names — in rows, reports, messages and the policy — each
//! variant with its one name, used by serde, `as_str` and `Display` alike. Depends on nothing.

/// `named! { /// doc  pub enum X { A = "a", B = "b" } }`: the enum, serde by those names,
/// `as_str` and `Display`. Further derives (e.g. `PartialOrd, Ord`) go in the attributes.
macro_rules! named {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name { $($(#[$vm])* #[serde(rename = $s)] $v),+ }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use named;
