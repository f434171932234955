/* The pointer is stored into a local array of structs with a variable
   index and read back from it: points-to analysis follows the store and
   the loads, and the object is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct box { int *data; int len; };

__attribute__ ((noinline)) int
work (int i)
{
  struct box boxes[2];
  static int other[16];
  int *p = malloc (16 * sizeof (int)); /* { dg-message "'p' \\(64 bytes, malloc\\) promoted to the stack" } */
  boxes[i & 1].data = p;
  boxes[(i + 1) & 1].data = other;
  if (!boxes[i & 1].data)
    return -1;
  for (int k = 0; k < 16; k++)
    {
      boxes[i & 1].data[k] = k + i;
      other[k] = k;
    }
  int s = 0;
  for (int j = 0; j < 2; j++)
    s += boxes[j].data[(i + j) & 15];
  free (p);
  return s;
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

/* { dg-output "t=1324" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
