/* gnulib's xmemdup0 (NULL, 0) is valid: it copies nothing and returns
   "".  The promoted copy must not let GCC conclude that the source is
   non-null from the memcpy that fills the slot: the test of S after it
   must still see NULL.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-allocators=gnulib" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *xmemdup0 (void const *p, size_t s)
  __attribute__ ((malloc, returns_nonnull));

__attribute__ ((noinline)) int
work (const char *s, size_t n)
{
  char *e = xmemdup0 (s, n); /* { dg-message "'e' \\(variable size, xmemdup0\\) promoted to the stack" } */
  int r = (int) strlen (e) + e[n];
  if (s == NULL)
    r += 100;
  else
    r += s[0];
  free (e);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (NULL, 0) + work ("ab", 2) * 1000);
  return 0;
}

__asm__ (".globl xmemdup0");
__attribute__ ((used, noipa)) char *
xmemdup0_impl_c (void const *p, size_t s)
{
  char *q = malloc (s + 1); /* { dg-message "'q' \\(variable size, malloc\\) stays on the heap: returned from the function" } */
  if (q == NULL)
    abort ();
  if (s > 0)
    memcpy (q, p, s);
  q[s] = 0;
  return q;
}
__asm__ ("xmemdup0 = xmemdup0_impl_c");

/* { dg-output "r=99100" } */
/* { dg-final { scan-escape-dump "promoted: 'e' \\(variable size, xmemdup0\\)" } } */
