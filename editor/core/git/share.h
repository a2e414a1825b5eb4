// Sharing an edition for the first time: connecting it to an empty shared repository
// and sending it there, as `trendweb share` and the app's "Editie delen…" do.
#pragma once

#include "git/repository.h"
#include "result.h"

namespace trendweb::git {

// Connects the edition in `root` to the EMPTY shared repository at `url` and sends it.
// A folder that is not yet under version control gets a repository and a first version.
// The edition's .gitattributes (line endings) is written and recorded when missing.
// Refused, with nothing changed, when the edition already has a shared place or when the
// shared repository already holds versions (then it is fetched, not shared). When
// sending fails, the shared place is forgotten again, so that the step can be repeated.
Result<void> shareEdition(const QString &root, const QString &url, const Signature &author,
                          const RemoteCallbacks &callbacks = {});

// Starts keeping versions of the edition in `root`, which has none yet: a repository, the
// edition's .gitattributes and a first version of everything, under `author`'s name. On
// failure nothing of it stays behind (the folder is as it was).
Result<void> startVersions(const QString &root, const Signature &author);

// True when the repository at `url` holds no versions at all. Asks the server.
Result<bool> sharedRepositoryIsEmpty(const QString &url, const RemoteCallbacks &callbacks = {});

} // namespace trendweb::git
