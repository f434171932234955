/* clang's `noescape` parameter attribute, registered by the plugin: an
   object passed to an opaque function (defined in another unit: here
   behind an asm name the plugin cannot see through) whose parameter is
   declared noescape is promoted (the plugin reads noescape as "neither
   kept nor freed"); the same function without the attribute keeps the
   object on the heap, and the remark suggests the attribute.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Without the plugin GCC 12 warns that noescape is ignored: with it
   there is no warning (one would be an excess error).  */

/* Declared as a header written for clang would; defined below under
   another name, so that no summary of its body is used.  */
extern unsigned sum_bytes (__attribute__ ((noescape)) const char *p,
			   unsigned n) __asm__ ("sum_bytes_impl");
extern unsigned sum_bytes_plain (const char *p, unsigned n)
  __asm__ ("sum_bytes_impl");

__attribute__ ((noinline)) unsigned
work (unsigned n)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) promoted to the stack" } */
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap: passed to 'sum_bytes_plain' \\(argument 1\\), which may capture it \\(line 33\\); if 'sum_bytes_plain' neither keeps nor frees it, declare the parameter noescape" } */
  if (!a || !b)
    return 0;
  memset (a, 1, 16);
  memset (b, 2, 16);
  unsigned r = sum_bytes (a, n) + sum_bytes_plain (b, n);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  printf ("r=%u\n", work (16));
  return 0;
}

__asm__ (".globl sum_bytes_impl");
__attribute__ ((used, noipa)) unsigned
sum_bytes_impl_c (const char *p, unsigned n)
{
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++)
    s += (unsigned char) p[i];
  return s;
}
__asm__ ("sum_bytes_impl = sum_bytes_impl_c");

/* { dg-output "r=48" } */
