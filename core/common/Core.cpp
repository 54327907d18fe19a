// The `core` library is the union of the per-concern libraries; this file gives it an object of its own.
namespace ipw {
int coreLibraryAnchor = 0;
}
