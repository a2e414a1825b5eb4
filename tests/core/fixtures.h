// Small editions written into a temporary folder, file by file.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace trendweb {
class EditionController;
}

namespace trendweb::test {

// Writes each file (path relative to `root` → bytes) and creates the folders.
void writeFiles(const QString &root, const QMap<QString, QByteArray> &files);

// A good three-lemma edition: a, b and c, each linking to the others, with
// footnotes, a figure and the "Relevantie" section; one thread and an intro.
QMap<QString, QByteArray> goodEdition();

QString fixturePath(const QString &name); // tests/fixtures/<name>

// Gives a repository its own Git identity (user.name and user.email in its .git/config),
// as `git config user.name` in that repository would.
void setGitIdentity(const QString &repositoryRoot, const QString &name, const QString &email);

// Opens `root` in `controller` and waits until it is loaded; false when it is not.
bool openEdition(EditionController &controller, const QString &root);

} // namespace trendweb::test
