/* The object is freed through a pointer read back from a local array
   with a variable index, which may also point to a static array: the
   free cannot be proven to be this object's, so it stays on the heap.  */
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
  boxes[i & 1].data = malloc (16 * sizeof (int)); /* { dg-message "object \\(64 bytes, malloc\\) stays on the heap: freed through a pointer that may point to another object, through a pointer read back from memory \\(line 29\\)" } */
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
  free (boxes[i & 1].data);
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
/* { dg-final { scan-escape-dump "heap \\(free-other\\)" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
