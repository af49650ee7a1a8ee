//! Mistakes in the files as files: TOML syntax, unknown and missing fields, repeated ids,
//! pools and the essay's own lines.

use super::*;

#[test]
fn a_toml_syntax_error_names_its_line() {
    let errors = errors_after("kind = \"year\"", "kind = \"year");
    let line = line_in(
        &GOOD.replacen("kind = \"year\"", "kind = \"year", 1),
        "kind = \"year",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("questions/claims/a.toml:{line}:"))),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_field_is_named() {
    let errors = errors_after("answer = \"Ten weeks\"", "answr = \"Ten weeks\"");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("a.toml:") && e.contains("unknown field `answr`")),
        "{errors:?}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let errors = errors_after(
        "evidence = \"The Paris Commune of 1871 lasted just seventy days\"\n",
        "",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("questions/claims/a.toml:2:")
                && e.contains("missing field `evidence`")),
        "{errors:?}"
    );
}

#[test]
fn a_duplicate_id_names_both_places() {
    let second = GOOD
        .replace("id = \"lenin-germany\"", "id = \"lenin-germany-2\"")
        .replace("id = \"stalin-ideal\"", "id = \"stalin-ideal-2\"");
    let errors: Vec<String> = load(&[("a.toml", GOOD), ("b.toml", &second)], POOLS)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_reports(
        &errors,
        "questions/claims/b.toml:2: id “commune-seventy-days” is already used at questions/claims/a.toml:2",
    );
}

#[test]
fn pools_report_repeats() {
    let errors: Vec<String> = load(
        &[("a.toml", GOOD)],
        "[pool.people]\nmembers = [\"Vladimir Lenin\", \"Joseph Stalin\", \"vladimir  lenin\"]\n",
    )
    .unwrap_err()
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_reports(
        &errors,
        "questions/pools.toml:2: pool “people”: “vladimir  lenin” repeats “Vladimir Lenin”",
    );
}

#[test]
fn the_essay_file_reports_its_own_lines() {
    let root = std::env::temp_dir().join(format!(
        "essay-quiz-validation-essay-{}",
        std::process::id()
    ));
    let dir = root.join("questions");
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    std::fs::write(
        dir.join("essay.txt"),
        "# T\n\n## I\n\n[I.2] Skipped a number.\n",
    )
    .unwrap();
    std::fs::write(dir.join("pools.toml"), POOLS).unwrap();
    let errors = source::load_dir(&dir).unwrap_err();
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        errors[0].to_string(),
        "questions/essay.txt:5: paragraph id [I.2]: expected [I.1] (ids count from 1 in each section, with no gaps)"
    );
}
