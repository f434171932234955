/* Objects stored into a local array of pointers and freed by a loop
   over the array, with a factory's heap object among them: each free
   may release any of the three.  The two local objects are promoted;
   the loop's free tests the pointer against both slots and frees only
   the factory's object.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) char *
make (int v)
{
  char *p = malloc (24); /* { dg-message "stays on the heap: returned from the function" } */
  if (!p)
    abort ();
  p[0] = (char) v;
  return p;
}

__attribute__ ((noinline)) int
work (int i)
{
  char *arr[3];
  arr[i % 3] = malloc (16); /* { dg-message "promoted to the stack; (1 free that may also release another object tests|3 frees that may also release another object test) whether the pointer lies in its slot" } */
  arr[(i + 1) % 3] = malloc (40); /* { dg-message "promoted to the stack; (1 free that may also release another object tests|3 frees that may also release another object test) whether the pointer lies in its slot" } */
  arr[(i + 2) % 3] = make (i);
  for (int j = 0; j < 3; j++)
    if (!arr[j])
      return -1;
  arr[i % 3][0] = (char) (i + 1);
  arr[(i + 1) % 3][0] = (char) (i + 2);
  int s = 0;
  for (int j = 0; j < 3; j++)
    s += arr[j][0] * (j + 1);
  for (int j = 0; j < 3; j++)
    free (arr[j]);
  return s;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 30; i++)
    t += work (i);
  if (alloc_count_check ("work", 30))
    return 1;
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=2790" } */
/* { dg-final { scan-escape-dump "range-tested free" } } */
/* { dg-final { valgrind-run } } */
