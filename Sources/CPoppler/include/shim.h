#ifndef AZAD_CPOPPLER_SHIM_H
#define AZAD_CPOPPLER_SHIM_H

// The few poppler-glib calls azad makes, with plain C types only. poppler-glib reports failures
// through GError and hands out GObjects, glib strings and arrays, each with its own free function;
// the wrappers turn those into a status code, one free function and flat arrays, so Swift never
// imports glib's, gobject's and cairo's headers (which poppler.h pulls in) or their macros.
// poppler-glib itself is loaded when the first PDF is opened, not linked (see shim.c).

#include <stddef.h>

/// Why `azad_pdf_open` returned no document.
enum {
    AZAD_PDF_OK = 0,
    /// Not a PDF, or one poppler cannot repair.
    AZAD_PDF_DAMAGED = 1,
    /// The document needs a password.
    AZAD_PDF_ENCRYPTED = 2,
    /// poppler-glib could not be loaded (not installed); `message` says why.
    AZAD_PDF_UNAVAILABLE = 3,
};

/// Opens a PDF from `length` bytes (copied), or returns NULL with `status` set and `message` holding
/// poppler's words (free with `azad_pdf_free`; may be NULL).
void *azad_pdf_open(const void *bytes, size_t length, int *status, char **message);

/// The number of pages of an open document.
int azad_pdf_page_count(void *document);

/// The characters poppler found on page `index`, each with its box (x1, y1, x2, y2 in points from
/// the page's top left), in no useful order and possibly more than once; `scalars` and `boxes` (four
/// doubles a character) are freed with `azad_pdf_free`. Returns the count, 0 for a page without text.
///
/// poppler-glib hands out text only through selections, and for right-to-left lines a selection
/// from one corner of the page to the other leaves out lines at its ends; so this selects the whole
/// page from each side, then each line band neither selection reached, from each side, and keeps every
/// selection whose text and boxes agree in length. The caller drops the repeats and orders the
/// characters.
size_t azad_pdf_page_glyphs(void *document, int index, unsigned int **scalars, double **boxes);

/// Closes a document from `azad_pdf_open`.
void azad_pdf_close(void *document);

/// Frees a string or array the functions above returned.
void azad_pdf_free(void *pointer);

#endif
