/* posix_memalign of a constant size, whose result variable is read
   once: the call becomes the slot's address and a success code, so the
   program's error check folds away.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  void *mem;
  if (posix_memalign (&mem, 64, 256)) /* { dg-message "object \\(256 bytes, posix_memalign\\) promoted to the stack" } */
    return -1;
  int *p = mem;
  if ((uintptr_t) p % 64)
    return -2;
  for (int k = 0; k < 64; k++)
    p[k] = k * i;
  int r = p[i & 63] + p[(i * 7) & 63];
  free (mem);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 100; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=300528" } */
/* { dg-final { scan-escape-dump "slot: escape_obj\[.0-9\]* \\(256 bytes, aligned to 64\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(posix_memalign|free)" } } */
