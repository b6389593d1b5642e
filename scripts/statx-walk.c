/* The floor of a no-change sync, for scripts/bench: a walk of a feed folder that reads every folder
 * and statx()es every export (*.txt, *.pdf), on N threads sharing a stack of folders, summing a
 * digest of size and times as azad's walk does. Nothing else: no cache, no process start-up beyond
 * libc's.
 *
 *     cc -O2 -pthread -o statx-walk statx-walk.c && ./statx-walk THREADS FOLDER
 *
 * Prints the files found and the digest, so that the work cannot be optimised away.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **stack;
static size_t depth, capacity;
static int busy;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER;
static uint64_t total_files, total_digest;

static void push(char *path) {
    if (depth == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        stack = realloc(stack, capacity * sizeof *stack);
    }
    stack[depth++] = path;
}

static int is_export(const char *name, size_t length) {
    if (length <= 4 || name[length - 4] != '.') return 0;
    char a = name[length - 3] | 0x20, b = name[length - 2] | 0x20, c = name[length - 1] | 0x20;
    return (a == 't' && b == 'x' && c == 't') || (a == 'p' && b == 'd' && c == 'f');
}

static void *walker(void *unused) {
    (void)unused;
    uint64_t files = 0, digest = 0;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (depth == 0 && busy > 0) pthread_cond_wait(&more, &lock);
        if (depth == 0) {
            pthread_cond_broadcast(&more);
            pthread_mutex_unlock(&lock);
            break;
        }
        char *path = stack[--depth];
        busy++;
        pthread_mutex_unlock(&lock);

        DIR *directory = opendir(path);
        if (directory) {
            int descriptor = dirfd(directory);
            struct dirent *entry;
            while ((entry = readdir(directory))) {
                if (entry->d_name[0] == '.') continue;
                size_t length = strlen(entry->d_name);
                int text = is_export(entry->d_name, length);
                if (entry->d_type == DT_REG && !text) continue;
                struct statx info;
                if (statx(descriptor, entry->d_name, 0, STATX_TYPE | STATX_SIZE | STATX_MTIME | STATX_CTIME, &info))
                    continue;
                if (S_ISDIR(info.stx_mode)) {
                    char *child = malloc(strlen(path) + length + 2);
                    sprintf(child, "%s/%s", path, entry->d_name);
                    pthread_mutex_lock(&lock);
                    push(child);
                    pthread_cond_signal(&more);
                    pthread_mutex_unlock(&lock);
                } else if (text) {
                    files++;
                    digest += (uint64_t)info.stx_size * 0x9E3779B97F4A7C15ULL
                        ^ (uint64_t)info.stx_mtime.tv_nsec * 0xC2B2AE3D27D4EB4FULL
                        ^ (uint64_t)info.stx_ctime.tv_nsec;
                }
            }
            closedir(directory);
        }
        free(path);
        pthread_mutex_lock(&lock);
        busy--;
        if (busy == 0 && depth == 0) pthread_cond_broadcast(&more);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_lock(&lock);
    total_files += files;
    total_digest += digest;
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: statx-walk THREADS FOLDER\n");
        return 2;
    }
    int threads = atoi(argv[1]);
    if (threads < 1) threads = 1;
    push(strdup(argv[2]));
    pthread_t ids[64];
    if (threads > 64) threads = 64;
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, walker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    printf("%llu files, digest %016llx\n", (unsigned long long)total_files, (unsigned long long)total_digest);
    return 0;
}
