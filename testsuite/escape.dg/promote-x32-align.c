/* x32 (-mx32) has 4-byte pointers, but its malloc, like i386's, returns
   16-byte-aligned blocks (glibc's MALLOC_ALIGNMENT is the alignment of
   long double there), and _Alignof (max_align_t) is 16: so is the slot.
   Compiled only: running x32 programs needs a kernel built for it.  */
/* { dg-do compile } */
/* { dg-require-compile-flags "-mx32" } */
/* { dg-options "-O2 -mx32 -fplugin-arg-escape-remarks" } */

#include <stdlib.h>

extern void use (long double);

void
work (int k)
{
  long double *p = malloc (4 * sizeof *p); /* { dg-message "'p' \\(64 bytes, malloc\\) promoted to the stack" } */
  for (int i = 0; i < 4; i++)
    p[i] = i * 0.5L;
  use (p[k & 3]);
  free (p);
}

/* { dg-final { scan-escape-dump "slot: escape_p\\.\[0-9\]+ \\(64 bytes, aligned to 16\\)" } } */
