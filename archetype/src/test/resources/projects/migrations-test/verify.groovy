// Scenario: mvn test on a freshly generated project runs its MigrationsTest (migration-junit's
// snake walk over 001) and passes.
def project = new File(basedir, "project/ledger")
def test = new File(project, "src/test/java/com/example/MigrationsTest.java")
assert test.isFile()
assert test.text.startsWith("package com.example;")
def report = new File(project, "target/surefire-reports/com.example.MigrationsTest.txt")
assert report.isFile()
assert report.text.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
assert new File(project, "build.log").text.contains("BUILD SUCCESS")
true
