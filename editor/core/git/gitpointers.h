// Owning handles for libgit2 objects: each frees itself with libgit2's own
// function. Include only in .cpp files of the git wrapper.
#pragma once

#include <git2.h>
#include <memory>

namespace trendweb::git {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *object) const { Free(object); }
};

template<typename T, void (*Free)(T *)> using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using IndexHandle = Handle<git_index, git_index_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using ConfigHandle = Handle<git_config, git_config_free>;

// Keeps libgit2 initialised for as long as any wrapper lives.
class LibraryGuard
{
public:
    LibraryGuard() { git_libgit2_init(); }
    ~LibraryGuard() { git_libgit2_shutdown(); }
    LibraryGuard(const LibraryGuard &) { git_libgit2_init(); }
    LibraryGuard &operator=(const LibraryGuard &) = default;
};

} // namespace trendweb::git
