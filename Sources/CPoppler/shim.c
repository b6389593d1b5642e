// poppler-glib, loaded when the first PDF is opened; see include/shim.h for why.
#include "shim.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// The types of poppler-glib's, glib's and cairo's interfaces that the calls below use, as their
// headers declare them (poppler.h is not included: nothing here is linked against them).
typedef unsigned int gunichar;
typedef struct {
    double x1, y1, x2, y2;
} PopplerRectangle;
typedef struct {
    int x, y, width, height;
} cairo_rectangle_int_t;
typedef struct {
    unsigned int domain;
    int code;
    char *message;
} GError;
typedef struct PopplerDocument PopplerDocument;
typedef struct PopplerPage PopplerPage;
typedef struct GBytes GBytes;
typedef struct cairo_region_t cairo_region_t;
// PopplerError's POPPLER_ERROR_ENCRYPTED and PopplerSelectionStyle's POPPLER_SELECTION_LINE.
enum { POPPLER_ERROR_ENCRYPTED = 1, POPPLER_SELECTION_LINE = 2 };

/// poppler-glib's functions, looked up once. poppler-glib brings glib, cairo, NSS, X11 and a dozen
/// image codecs, about 7 MB of pages resident as soon as they are mapped: a process that reads no
/// PDF (the reader, most syncs, every search) never loads them.
static struct {
    GBytes *(*g_bytes_new)(const void *, size_t);
    void (*g_bytes_unref)(GBytes *);
    PopplerDocument *(*poppler_document_new_from_bytes)(GBytes *, const char *, GError **);
    unsigned int (*poppler_error_quark)(void);
    void (*g_error_free)(GError *);
    int (*poppler_document_get_n_pages)(PopplerDocument *);
    PopplerPage *(*poppler_document_get_page)(PopplerDocument *, int);
    void (*poppler_page_get_size)(PopplerPage *, double *, double *);
    char *(*poppler_page_get_text_for_area)(PopplerPage *, PopplerRectangle *);
    int (*poppler_page_get_text_layout_for_area)(PopplerPage *, PopplerRectangle *, PopplerRectangle **,
                                                 unsigned int *);
    cairo_region_t *(*poppler_page_get_selected_region)(PopplerPage *, double, int, PopplerRectangle *);
    int (*cairo_region_num_rectangles)(const cairo_region_t *);
    void (*cairo_region_get_rectangle)(const cairo_region_t *, int, cairo_rectangle_int_t *);
    void (*cairo_region_destroy)(cairo_region_t *);
    gunichar *(*g_utf8_to_ucs4)(const char *, long, long *, long *, GError **);
    void (*g_free)(void *);
    void (*g_object_unref)(void *);
} poppler;
static char *poppler_failure;
static pthread_once_t poppler_once = PTHREAD_ONCE_INIT;

static void load_poppler(void) {
    void *library = dlopen("libpoppler-glib.so.8", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) library = dlopen("libpoppler-glib.so", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        poppler_failure = strdup(why != NULL ? why : "libpoppler-glib.so.8 could not be loaded");
        return;
    }
    // dlsym on poppler-glib's handle also finds the symbols of the libraries it depends on.
#define LOOK_UP(name)                                                                                  \
    if ((*(void **)&poppler.name = dlsym(library, #name)) == NULL) {                                   \
        poppler_failure = strdup("poppler-glib has no " #name);                                        \
        return;                                                                                        \
    }
    LOOK_UP(g_bytes_new)
    LOOK_UP(g_bytes_unref)
    LOOK_UP(poppler_document_new_from_bytes)
    LOOK_UP(poppler_error_quark)
    LOOK_UP(g_error_free)
    LOOK_UP(poppler_document_get_n_pages)
    LOOK_UP(poppler_document_get_page)
    LOOK_UP(poppler_page_get_size)
    LOOK_UP(poppler_page_get_text_for_area)
    LOOK_UP(poppler_page_get_text_layout_for_area)
    LOOK_UP(poppler_page_get_selected_region)
    LOOK_UP(cairo_region_num_rectangles)
    LOOK_UP(cairo_region_get_rectangle)
    LOOK_UP(cairo_region_destroy)
    LOOK_UP(g_utf8_to_ucs4)
    LOOK_UP(g_free)
    LOOK_UP(g_object_unref)
#undef LOOK_UP
}

void *azad_pdf_open(const void *bytes, size_t length, int *status, char **message) {
    *status = AZAD_PDF_OK;
    *message = NULL;
    pthread_once(&poppler_once, load_poppler);
    if (poppler_failure != NULL) {
        *status = AZAD_PDF_DAMAGED;
        *message = strdup(poppler_failure);
        return NULL;
    }
    GBytes *data = poppler.g_bytes_new(bytes, length);
    GError *error = NULL;
    PopplerDocument *document = poppler.poppler_document_new_from_bytes(data, NULL, &error);
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

static int glyphs_append(glyphs *list, gunichar scalar, const PopplerRectangle *box) {
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
static void select_area(PopplerPage *page, PopplerRectangle *area, glyphs *list) {
    char *text = poppler.poppler_page_get_text_for_area(page, area);
    PopplerRectangle *boxes = NULL;
    unsigned int count = 0;
    int found = poppler.poppler_page_get_text_layout_for_area(page, area, &boxes, &count);
    gunichar *scalars = text == NULL ? NULL : poppler.g_utf8_to_ucs4(text, -1, NULL, NULL, NULL);
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
static int covered(const glyphs *list, const cairo_rectangle_int_t *band) {
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
    PopplerPage *page = poppler.poppler_document_get_page(document, index);
    if (page == NULL) return 0;
    double width = 0, height = 0;
    poppler.poppler_page_get_size(page, &width, &height);
    glyphs list = {NULL, NULL, 0, 0};
    PopplerRectangle fromRight = {width + 10, -10, -10, height + 10};
    PopplerRectangle fromLeft = {-10, -10, width + 10, height + 10};
    select_area(page, &fromRight, &list);
    select_area(page, &fromLeft, &list);
    PopplerRectangle all = {0, 0, width, height};
    cairo_region_t *region = poppler.poppler_page_get_selected_region(page, 1.0, POPPLER_SELECTION_LINE, &all);
    if (region != NULL) {
        int bands = poppler.cairo_region_num_rectangles(region);
        for (int i = 0; i < bands; i++) {
            cairo_rectangle_int_t band;
            poppler.cairo_region_get_rectangle(region, i, &band);
            if (covered(&list, &band)) continue;
            PopplerRectangle right = {band.x + band.width, band.y + 1, band.x, band.y + band.height - 1};
            PopplerRectangle left = {band.x, band.y + 1, band.x + band.width, band.y + band.height - 1};
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
