/* memcpy into and out of the object, memset and memcmp on it: the
   string and memory builtins neither capture nor free.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int src[16] = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };
static int dst[16];

__attribute__ ((noinline)) int
work (int i)
{
  int *tmp = malloc (sizeof src); /* { dg-message "'tmp' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!tmp)
    return -1;
  memcpy (tmp, src, sizeof src);
  tmp[i & 15] += i;
  int same = memcmp (tmp, src, sizeof src) == 0;
  memcpy (dst, tmp, sizeof src);
  memset (tmp, 0, sizeof src);
  int r = dst[i & 15] + same + tmp[(i + 1) & 15];
  free (tmp);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=972" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
