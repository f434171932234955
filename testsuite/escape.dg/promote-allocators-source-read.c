/* The source of a trusted string or memory copy (here gnulib's xstrdup
   and xmemdup with -fplugin-arg-escape-allocators=gnulib) is only read:
   the copy keeps no pointer to it and does not free it, so an object
   passed as the source may itself be promoted.  The copies are new
   objects: writing the source afterwards does not change them.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *xstrdup (char const *str)
  __attribute__ ((malloc, returns_nonnull));
extern void *xmemdup (void const *p, size_t s)
  __attribute__ ((malloc, alloc_size (2), returns_nonnull));

__attribute__ ((noinline)) int
work (int k)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (a == NULL)
    return -1;
  snprintf (a, 16, "k=%d", k);
  char *c = xstrdup (a); /* { dg-message "'c' \\(variable size, xstrdup\\) promoted to the stack" } */
  char *d = xmemdup (a, 16); /* { dg-message "'d' \\(16 bytes, xmemdup\\) promoted to the stack" } */
  a[2] = 'X';
  int r = c[2] + d[3] + a[2] + (int) strlen (c);
  free (d);
  free (c);
  free (a);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (7) + work (12345));
  return 0;
}

__asm__ (".globl xstrdup\n\t.globl xmemdup");
__attribute__ ((used, noipa)) char *
xstrdup_impl_c (char const *str)
{
  char *p = strdup (str); /* { dg-message "'p' \\(variable size, strdup\\) stays on the heap: returned from the function" } */
  if (p == NULL)
    abort ();
  return p;
}
__attribute__ ((used, noipa)) void *
xmemdup_impl_c (void const *p, size_t s)
{
  void *q = malloc (s); /* { dg-message "'q' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (q == NULL)
    abort ();
  return memcpy (q, p, s);
}
__asm__ ("xstrdup = xstrdup_impl_c\n\txmemdup = xmemdup_impl_c");

/* { dg-output "r=340" } */
/* { dg-final { scan-escape-dump "promoted: 'a' \\(16 bytes, malloc\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'c' \\(variable size, xstrdup\\)" } } */
