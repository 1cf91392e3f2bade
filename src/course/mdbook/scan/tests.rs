use super::*;

fn found(text: &str) -> Vec<(&str, Kind<'_>)> {
    Scanner::new(text)
        .map(|f| (&text[f.start..f.end], f.kind))
        .collect()
}

fn directive(name: &'static str, body: &'static str) -> Kind<'static> {
    Kind::Directive { name, body }
}

#[test]
fn finds_directives_with_whitespace_and_newlines_as_mdbook_does() {
    let text = "a {{#include x.rs}} b {{ \n #playground  y.rs editable\n}} c";
    assert_eq!(
        found(text),
        vec![
            ("{{#include x.rs}}", directive("include", " x.rs")),
            (
                "{{ \n #playground  y.rs editable\n}}",
                directive("playground", "  y.rs editable\n")
            ),
        ]
    );
}

#[test]
fn skips_what_is_not_a_directive() {
    for text in [
        "{{#include}}",
        "{{#include x.rs",
        "{{#include x.rs} }",
        "{{#include x.rs}",
        "{{# include x.rs}}",
        "{{#include.rs}}",
        "{{}} {{#}} {{#  }}",
        "{ {#include x.rs}}",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
    // The name needs one whitespace and the arguments at least one more character.
    assert_eq!(
        found("{{#title  }}"),
        vec![("{{#title  }}", directive("title", "  "))]
    );
    assert_eq!(found("{{#title }}"), vec![]);
}

#[test]
fn a_brace_run_starts_the_directive_at_the_last_pair() {
    assert_eq!(
        found("{{{#include x}}}"),
        vec![("{{#include x}}", directive("include", " x"))]
    );
}

#[test]
fn an_escape_reaches_the_last_closing_pair_of_its_line() {
    assert_eq!(
        found(r"\{{#include a}} and {{#include b}}"),
        vec![(r"\{{#include a}} and {{#include b}}", Kind::Escaped)]
    );
    assert_eq!(
        found("\\{{#include a}}\n{{#include b}}"),
        vec![
            (r"\{{#include a}}", Kind::Escaped),
            ("{{#include b}}", directive("include", " b"))
        ]
    );
    assert_eq!(found(r"\{{#}}"), vec![(r"\{{#}}", Kind::Escaped)]);
}

#[test]
fn an_escape_without_a_closing_pair_on_its_line_is_no_escape() {
    // mdBook then finds the directive itself, one character later.
    assert_eq!(
        found("\\{{#include\n a}}"),
        vec![("{{#include\n a}}", directive("include", "\n a"))]
    );
}

#[test]
fn scanning_pathological_text_stays_linear() {
    let text = format!("{}{}", "{{#a ".repeat(100_000), "\\{{#".repeat(100_000));
    let start = std::time::Instant::now();
    assert_eq!(Scanner::new(&text).count(), 0);
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
}

fn lines(start: usize, end: Option<usize>) -> Select<'static> {
    Select::Lines(LineRange::new(start, end))
}

#[test]
fn reads_every_range_form_and_anchors() {
    let include = |body| match parse("include", body) {
        Some(Directive::File {
            path,
            take: Take::Include(select),
        }) => (path, select),
        other => panic!("{other:?}"),
    };
    assert_eq!(include(" f.rs"), ("f.rs", lines(0, None)));
    assert_eq!(include(" f.rs:"), ("f.rs", lines(0, None)));
    assert_eq!(include(" f.rs::"), ("f.rs", lines(0, None)));
    assert_eq!(include(" f.rs::NaN"), ("f.rs", lines(0, None)));
    assert_eq!(include(" f.rs:5"), ("f.rs", lines(4, Some(5))));
    assert_eq!(include(" f.rs:0"), ("f.rs", lines(0, Some(1))));
    assert_eq!(include(" f.rs::20"), ("f.rs", lines(0, Some(20))));
    assert_eq!(include(" f.rs:10:"), ("f.rs", lines(9, None)));
    assert_eq!(include(" f.rs:5:NaN"), ("f.rs", lines(4, None)));
    assert_eq!(include(" f.rs:10:20"), ("f.rs", lines(9, Some(20))));
    assert_eq!(include(" f.rs:5:10:17:x:"), ("f.rs", lines(4, Some(10))));
    assert_eq!(include(" f.rs:name"), ("f.rs", Select::Anchor("name")));
    assert_eq!(include(" f.rs:-5"), ("f.rs", Select::Anchor("-5")));
    assert_eq!(include(" f.rs:a:ignored"), ("f.rs", Select::Anchor("a")));
    assert_eq!(include(" f.rs extra words"), ("f.rs", lines(0, None)));
}

#[test]
fn reads_playground_title_and_quiz_arguments() {
    assert_eq!(
        parse("playground", " a.rs editable no_run "),
        Some(Directive::File {
            path: "a.rs",
            take: Take::Playground {
                attrs: vec!["editable", "no_run"],
                old_name: false
            }
        })
    );
    assert_eq!(
        parse("playpen", " a.rs"),
        Some(Directive::File {
            path: "a.rs",
            take: Take::Playground {
                attrs: vec![],
                old_name: true
            }
        })
    );
    assert_eq!(
        parse("rustdoc_include", " a.rs:x"),
        Some(Directive::File {
            path: "a.rs",
            take: Take::RustdocInclude(Select::Anchor("x"))
        })
    );
    assert_eq!(
        parse("title", "  My Title "),
        Some(Directive::Title("My Title"))
    );
    assert_eq!(
        parse("quiz", " ../quizzes/q.toml"),
        Some(Directive::Quiz("../quizzes/q.toml"))
    );
    assert_eq!(parse("include", "  "), None);
    assert_eq!(parse("quiz", "  "), None);
    assert_eq!(parse("includes", " a.rs"), None);
}
