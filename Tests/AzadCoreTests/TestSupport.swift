// Scratch folders and the rest of the shared test support, in every file of this target.
@_exported import AzadTestSupport
