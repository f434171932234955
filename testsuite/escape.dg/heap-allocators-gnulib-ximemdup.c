/* -fplugin-arg-escape-allocators=gnulib trusts xmemdup and xmemdup0,
   whose size is a size_t, but not gnulib's ximemdup and ximemdup0,
   whose size is a signed idx_t: a negative size, which they reject,
   would pass the stack slot's guard as a small one.  They are no
   members of the family, and their calls stay (here the stand-ins
   return NULL for a negative size, and the program sees it).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef ptrdiff_t idx_t;

extern void *ximemdup (void const *p, idx_t s)
  __attribute__ ((malloc, alloc_size (2)));
extern char *ximemdup0 (void const *p, idx_t s)
  __attribute__ ((malloc));

volatile idx_t minus_one = -1, three = 3;

__attribute__ ((noinline)) int
work (idx_t n)
{
  char *a = ximemdup ("abc", n);
  char *b = ximemdup0 ("abc", n);
  int r = (a == NULL) + 2 * (b == NULL);
  if (a)
    r += a[2];
  if (b)
    r += b[2] + b[3];
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (minus_one) + work (three));
  return 0;
}

__asm__ (".globl ximemdup\n\t.globl ximemdup0");
__attribute__ ((used, noipa)) void *
ximemdup_c (void const *p, idx_t s)
{
  void *q = s < 0 ? NULL : malloc (s); /* { dg-message "stays on the heap" } */
  return q ? memcpy (q, p, s) : NULL;
}
__attribute__ ((used, noipa)) char *
ximemdup0_c (void const *p, idx_t s)
{
  char *q = s < 0 ? NULL : malloc (s + 1); /* { dg-message "stays on the heap" } */
  if (q)
    {
      memcpy (q, p, s);
      q[s] = 0;
    }
  return q;
}
__asm__ ("ximemdup = ximemdup_c\n\tximemdup0 = ximemdup0_c");

/* { dg-output "r=201" } */
/* { dg-final { scan-escape-dump-not "size, ximemdup" } } */
/* { dg-final { scan-escape-dump-not "promoted: '\[ab\]'" } } */
