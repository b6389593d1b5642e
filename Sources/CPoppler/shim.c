// poppler-glib, loaded with dlopen on the first PDF; see include/shim.h for why.
//
// Linking poppler-glib would make every azad process load it and the fifty libraries it needs (glib,
// cairo, fontconfig, NSS, X11's …) and resolve their symbols before main, about 7 ms of CPU time on
// a search that must answer in 50; most processes never open a PDF. So nothing here names a poppler,
// glib or cairo symbol: the few functions azad calls are looked up in the library when a PDF is first
// opened, and the types they take are declared below as poppler-glib's stable ABI (soname 8) has them.
#include "shim.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/// The shared object that holds poppler-glib's ABI 8, and the name its development package links.
static const char *const library_names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so"};

/// PopplerRectangle: points from the page's top left.
typedef struct {
    double x1, y1, x2, y2;
} rectangle;

/// cairo_rectangle_int_t.
typedef struct {
    int x, y, width, height;
} band_rectangle;

/// GError.
typedef struct {
    unsigned int domain;
    int code;
    char *message;
} gerror;

/// PopplerError's POPPLER_ERROR_ENCRYPTED and PopplerSelectionStyle's POPPLER_SELECTION_LINE.
enum { POPPLER_ERROR_ENCRYPTED = 1, POPPLER_SELECTION_LINE = 2 };

/// The functions azad calls, once loaded.
static struct {
    void *(*g_bytes_new)(const void *data, size_t size);
    void (*g_bytes_unref)(void *bytes);
    void (*g_error_free)(gerror *error);
    void (*g_free)(void *pointer);
    void (*g_object_unref)(void *object);
    unsigned int *(*g_utf8_to_ucs4)(const char *text, long length, long *read, long *written, gerror **error);
    unsigned int (*poppler_error_quark)(void);
    void *(*poppler_document_new_from_bytes)(void *bytes, const char *password, gerror **error);
    int (*poppler_document_get_n_pages)(void *document);
    void *(*poppler_document_get_page)(void *document, int index);
    void (*poppler_page_get_size)(void *page, double *width, double *height);
    char *(*poppler_page_get_text_for_area)(void *page, rectangle *area);
    int (*poppler_page_get_text_layout_for_area)(void *page, rectangle *area, rectangle **boxes, unsigned int *count);
    void *(*poppler_page_get_selected_region)(void *page, double scale, int style, rectangle *selection);
    int (*cairo_region_num_rectangles)(const void *region);
    void (*cairo_region_get_rectangle)(const void *region, int index, band_rectangle *rectangle);
    void (*cairo_region_destroy)(void *region);
} poppler;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
/// Why poppler-glib could not be loaded, or NULL once it is.
static char *load_failure = NULL;

/// Looks up `name` in the library or the ones it depends on (glib, gobject, cairo).
static void *symbol(void *library, const char *name) {
    void *address = dlsym(library, name);
    if (address == NULL && load_failure == NULL) {
        const char *why = dlerror();
        load_failure = strdup(why != NULL ? why : name);
    }
    return address;
}

static void load(void) {
    void *library = NULL;
    for (size_t i = 0; library == NULL && i < sizeof library_names / sizeof library_names[0]; i++) {
        library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        const char *why = dlerror();
        load_failure = strdup(why != NULL ? why : "poppler-glib not found");
        return;
    }
#define LOAD(name) *(void **)&poppler.name = symbol(library, #name)
    LOAD(g_bytes_new);
    LOAD(g_bytes_unref);
    LOAD(g_error_free);
    LOAD(g_free);
    LOAD(g_object_unref);
    LOAD(g_utf8_to_ucs4);
    LOAD(poppler_error_quark);
    LOAD(poppler_document_new_from_bytes);
    LOAD(poppler_document_get_n_pages);
    LOAD(poppler_document_get_page);
    LOAD(poppler_page_get_size);
    LOAD(poppler_page_get_text_for_area);
    LOAD(poppler_page_get_text_layout_for_area);
    LOAD(poppler_page_get_selected_region);
    LOAD(cairo_region_num_rectangles);
    LOAD(cairo_region_get_rectangle);
    LOAD(cairo_region_destroy);
#undef LOAD
}

void *azad_pdf_open(const void *bytes, size_t length, int *status, char **message) {
    *status = AZAD_PDF_OK;
    *message = NULL;
    pthread_once(&load_once, load);
    if (load_failure != NULL) {
        *status = AZAD_PDF_UNAVAILABLE;
        *message = strdup(load_failure);
        return NULL;
    }
    void *data = poppler.g_bytes_new(bytes, length);
    gerror *error = NULL;
    void *document = poppler.poppler_document_new_from_bytes(data, NULL, &error);
    // The document holds its own reference to the bytes.
    poppler.g_bytes_unref(data);
    if (document != NULL) return document;
    *status = AZAD_PDF_DAMAGED;
    if (error != NULL) {
        if (error->domain == poppler.poppler_error_quark() && error->code == POPPLER_ERROR_ENCRYPTED) {
            *status = AZAD_PDF_ENCRYPTED;
        }
        *message = strdup(error->message);
        poppler.g_error_free(error);
    }
    return NULL;
}

int azad_pdf_page_count(void *document) {
    return poppler.poppler_document_get_n_pages(document);
}

/// Growing arrays of characters and their boxes.
typedef struct {
    unsigned int *scalars;
    double *boxes;
    size_t count;
    size_t capacity;
} glyphs;

static int glyphs_append(glyphs *list, unsigned int scalar, const rectangle *box) {
    if (list->count == list->capacity) {
        size_t capacity = list->capacity == 0 ? 256 : list->capacity * 2;
        unsigned int *scalars = realloc(list->scalars, sizeof(unsigned int) * capacity);
        if (scalars == NULL) return 0;
        list->scalars = scalars;
        double *boxes = realloc(list->boxes, sizeof(double) * 4 * capacity);
        if (boxes == NULL) return 0;
        list->boxes = boxes;
        list->capacity = capacity;
    }
    list->scalars[list->count] = scalar;
    double *out = list->boxes + 4 * list->count;
    out[0] = box->x1;
    out[1] = box->y1;
    out[2] = box->x2;
    out[3] = box->y2;
    list->count++;
    return 1;
}

/// Adds the characters of one selection when its text (bidi embedding controls aside, which have no
/// boxes) and its boxes are as many; a selection where they differ cannot be paired and is skipped.
static void select_area(void *page, rectangle *area, glyphs *list) {
    char *text = poppler.poppler_page_get_text_for_area(page, area);
    rectangle *boxes = NULL;
    unsigned int count = 0;
    int found = poppler.poppler_page_get_text_layout_for_area(page, area, &boxes, &count);
    unsigned int *scalars = text == NULL ? NULL : poppler.g_utf8_to_ucs4(text, -1, NULL, NULL, NULL);
    if (found && scalars != NULL) {
        size_t kept = 0;
        for (size_t i = 0; scalars[i] != 0; i++) {
            if (scalars[i] < 0x202A || scalars[i] > 0x202E) kept++;
        }
        if (kept == count) {
            size_t box = 0;
            for (size_t i = 0; scalars[i] != 0; i++) {
                if (scalars[i] >= 0x202A && scalars[i] <= 0x202E) continue;
                if (!glyphs_append(list, scalars[i], &boxes[box])) break;
                box++;
            }
        }
    }
    poppler.g_free(scalars);
    poppler.g_free(boxes);
    poppler.g_free(text);
}

/// Whether a glyph found so far stands in `band`: its line was in one of the whole-page selections.
static int covered(const glyphs *list, const band_rectangle *band) {
    for (size_t i = 0; i < list->count; i++) {
        const double *box = list->boxes + 4 * i;
        double x = (box[0] + box[2]) / 2, y = (box[1] + box[3]) / 2;
        if (x >= band->x && x <= band->x + band->width && y >= band->y && y <= band->y + band->height) return 1;
    }
    return 0;
}

size_t azad_pdf_page_glyphs(void *document, int index, unsigned int **scalars, double **boxes) {
    *scalars = NULL;
    *boxes = NULL;
    void *page = poppler.poppler_document_get_page(document, index);
    if (page == NULL) return 0;
    double width = 0, height = 0;
    poppler.poppler_page_get_size(page, &width, &height);
    glyphs list = {NULL, NULL, 0, 0};
    rectangle fromRight = {width + 10, -10, -10, height + 10};
    rectangle fromLeft = {-10, -10, width + 10, height + 10};
    select_area(page, &fromRight, &list);
    select_area(page, &fromLeft, &list);
    rectangle all = {0, 0, width, height};
    void *region = poppler.poppler_page_get_selected_region(page, 1.0, POPPLER_SELECTION_LINE, &all);
    if (region != NULL) {
        int bands = poppler.cairo_region_num_rectangles(region);
        for (int i = 0; i < bands; i++) {
            band_rectangle band;
            poppler.cairo_region_get_rectangle(region, i, &band);
            if (covered(&list, &band)) continue;
            rectangle right = {band.x + band.width, band.y + 1, band.x, band.y + band.height - 1};
            rectangle left = {band.x, band.y + 1, band.x + band.width, band.y + band.height - 1};
            select_area(page, &right, &list);
            select_area(page, &left, &list);
        }
        poppler.cairo_region_destroy(region);
    }
    poppler.g_object_unref(page);
    if (list.count == 0) {
        free(list.scalars);
        free(list.boxes);
        return 0;
    }
    *scalars = list.scalars;
    *boxes = list.boxes;
    return list.count;
}

void azad_pdf_close(void *document) {
    poppler.g_object_unref(document);
}

void azad_pdf_free(void *pointer) {
    free(pointer);
}
