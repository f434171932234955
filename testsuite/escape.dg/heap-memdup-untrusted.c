/* Without -fplugin-arg-escape-allocators=, gnulib's xmemdup and GLib's
   g_memdup2 of another unit are not trusted: a program's own function
   of that name may do more than copy (this xmemdup counts its calls).
   Each site stays on the heap with the reason, and the count is
   right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long gsize;
typedef const void *gconstpointer;
typedef void *gpointer;

extern void *xmemdup (void const *p, size_t s)
  __attribute__ ((malloc, alloc_size (2), returns_nonnull));
gpointer g_memdup2 (gconstpointer mem, gsize byte_size)
  __attribute__ ((__alloc_size__ (2)));

int calls;

__attribute__ ((noinline)) int
work (const char *s)
{
  char *a = xmemdup (s, 8); /* { dg-message "'a' \\(xmemdup\\) stays on the heap: 'xmemdup' is defined in another unit and is trusted as an allocator only with -fplugin-arg-escape-allocators= or allocator=" } */
  char *b = g_memdup2 (s, 6); /* { dg-message "'b' \\(g_memdup2\\) stays on the heap: 'g_memdup2' is defined in another unit and is trusted as an allocator only with -fplugin-arg-escape-allocators= or allocator=" } */
  int r = a[0] + a[7] + b[5];
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  int r = work ("memdup!");
  r += work ("abcdefg");
  printf ("r=%d calls=%d\n", r, calls);
  return 0;
}

__asm__ (".globl xmemdup\n\t.globl g_memdup2");
__attribute__ ((used, noipa)) void *
xmemdup_impl_c (void const *p, size_t s)
{
  calls++;
  void *q = malloc (s); /* { dg-message "'q' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (q == NULL)
    abort ();
  return memcpy (q, p, s);
}
__asm__ ("xmemdup = xmemdup_impl_c\n\tg_memdup2 = xmemdup_impl_c");

/* { dg-output "r=420 calls=4" } */
/* { dg-final { scan-escape-dump "heap \\(wrapper-untrusted\\): 'a'" } } */
/* { dg-final { scan-escape-dump "heap \\(wrapper-untrusted\\): 'b'" } } */
