#include "workspace.h"

#include "git/repository.h"
#include "messages.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef TRENDWEB_SOURCE_CONTENT_DIR
#define TRENDWEB_SOURCE_CONTENT_DIR ""
#endif

namespace trendweb {

namespace {

Result<void> copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = source.relativeFilePath(file);
        const QString destination = QDir(to).filePath(relative);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile::remove(destination);
        if (!QFile::copy(file, destination)) {
            return Error{
                CoreText::tr("Kan de ingebouwde editie niet kopiëren. Is er schijfruimte en "
                             "mag er in deze map geschreven worden?"),
                destination};
        }
        QFile::setPermissions(destination, QFile::permissions(destination) |
                                               QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    }
    return {};
}

} // namespace

QString builtinEditionDir()
{
    const QString fromEnvironment = qEnvironmentVariable("TRENDWEB_CONTENT_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/trendweb-studio/content"));
    if (QFileInfo::exists(installed + QStringLiteral("/edition.yaml")))
        return QDir::cleanPath(installed);
    return QStringLiteral(TRENDWEB_SOURCE_CONTENT_DIR);
}

QString defaultWorkingEditionDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("edities/ingebouwd"));
}

Result<QString> prepareWorkingEdition(const QString &builtin, const QString &target)
{
    if (QFileInfo::exists(QDir(target).filePath(QStringLiteral("edition.yaml"))))
        return target;
    if (!QFileInfo::exists(QDir(builtin).filePath(QStringLiteral("edition.yaml")))) {
        return Error{
            CoreText::tr("De ingebouwde editie is niet gevonden. Installeer Trendweb Studio "
                         "opnieuw, of open een editie met 'trendweb-studio MAP'."),
            builtin};
    }
    // Copy into a fresh folder beside the target, then move it in place, so that a
    // half-finished first start never looks like a working edition.
    const QString staging = target + QStringLiteral(".nieuw");
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return Error{CoreText::tr("Kan de werkmap niet aanmaken."), staging};
    if (auto copied = copyTree(builtin, staging); !copied)
        return copied.error();
    if (auto attributes = ensureGitAttributes(staging); !attributes)
        return attributes.error();
    auto repository = git::Repository::init(staging);
    if (!repository)
        return repository.error();
    // This first version is the program's copy of the edition as shipped, not any person's
    // work: it says so, whoever happens to be at the computer.
    const git::Signature author{QStringLiteral("Trendweb Studio"), QString()};
    if (auto commit =
            repository.value().commitAll(CoreText::tr("Ingebouwde editie overgenomen"), author);
        !commit)
        return commit.error();
    if (!QDir().rename(staging, target))
        return Error{CoreText::tr("Kan de werkmap niet op zijn plaats zetten."), target};
    return target;
}

Result<void> checkEditionFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.isDir())
        return Error{CoreText::tr("Deze map bestaat niet (meer). Kies de map van een editie."),
                     folder};
    const QDir root(folder);
    if (!QFileInfo(root.filePath(QStringLiteral("edition.yaml"))).isFile())
        return Error{
            CoreText::tr("Deze map is geen editie: edition.yaml ontbreekt. Kies de map waarin "
                         "edition.yaml en de map lemmas staan."),
            folder};
    if (!QFileInfo(root.filePath(QStringLiteral("lemmas"))).isDir())
        return Error{
            CoreText::tr("Deze map is geen editie: de map lemmas ontbreekt. Kies de map waarin "
                         "edition.yaml en de map lemmas staan."),
            folder};
    return {};
}

QString gitAttributesFile()
{
    return QStringLiteral(".gitattributes");
}

Result<bool> ensureGitAttributes(const QString &root)
{
    const QString path = QDir(root).filePath(gitAttributesFile());
    if (QFileInfo::exists(path))
        return false;
    static const QString text = QStringLiteral(
        "# Written by Trendweb Studio: every author's text files are kept with the same line\n"
        "# endings (LF), whichever editor wrote them, so that changes merge line by line.\n"
        "* text=auto eol=lf\n"
        "*.png binary\n"
        "*.jpg binary\n"
        "*.jpeg binary\n"
        "*.gif binary\n"
        "*.webp binary\n"
        "*.tif binary\n"
        "*.tiff binary\n"
        "*.pdf binary\n");
    if (auto written = writeEditionFile(root, gitAttributesFile(), text); !written)
        return written.error();
    return true;
}

} // namespace trendweb
