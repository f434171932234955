/* The object is freed through a pointer read back from a local array
   with a variable index, which may also point to a static array: the
   free cannot be proven to be this object's, so it keeps its call
   behind a test of the address against the slot, and the object is
   promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

struct box { int *data; int len; };

__attribute__ ((noinline)) int
work (int i)
{
  struct box boxes[2];
  static int other[16];
  boxes[i & 1].data = malloc (16 * sizeof (int)); /* { dg-message "object \\(64 bytes, malloc\\) promoted to the stack; 1 free that may also release another object tests whether the pointer lies in its slot" } */
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
  if (alloc_count_check ("work", 0))
    return 1;
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=1324" } */
/* { dg-final { scan-escape-dump "range-tested free \\(outside the slot.s 64 bytes\\): free " } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+malloc" } } */
/* { dg-final { valgrind-run } } */
