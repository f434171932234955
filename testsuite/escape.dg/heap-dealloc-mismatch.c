/* g_free is handled as free only for the objects of GLib's allocators,
   and only g_free frees them: a g_malloc object passed to free (which
   works with GLib's malloc-based g_malloc) stays on the heap with the
   reason, and so does a malloc object passed to g_free, an unknown
   function for it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=glib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long gsize;
typedef void *gpointer;

void g_free (gpointer mem);
gpointer g_malloc (gsize n_bytes)
  __attribute__ ((__malloc__, __alloc_size__ (1)));

__attribute__ ((noinline)) int
work (void)
{
  char *p = g_malloc (16); /* { dg-message "'p' \\(16 bytes, g_malloc\\) stays on the heap: passed to 'free', which is not the deallocator of its allocator" } */
  char *q = malloc (16); /* { dg-message "'q' \\(16 bytes, malloc\\) stays on the heap: passed to 'g_free' \\(argument 1\\), which may capture it" } */
  if (q == NULL)
    return -1;
  memset (p, 1, 16);
  memset (q, 2, 16);
  int r = p[15] + q[15];
  free (p);
  g_free (q);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work ());
  return 0;
}

/* The definitions, as GLib's: malloc and free.  */
__asm__ (".globl g_free\n\t.globl g_malloc");
__attribute__ ((used, noipa)) void *
g_malloc_impl_c (gsize n)
{
  if (n == 0)
    return NULL;
  void *p = malloc (n); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__attribute__ ((used, noipa)) void
g_free_impl_c (void *p)
{
  free (p);
}
__asm__ ("g_free = g_free_impl_c\n\tg_malloc = g_malloc_impl_c");

/* { dg-output "r=3" } */
/* { dg-final { scan-escape-dump "heap \\(dealloc-mismatch\\): 'p'" } } */
