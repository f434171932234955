/* Cycles through a computed goto's targets (a threaded interpreter's
   dispatch): GCC makes no loop of a header with an abnormal
   predecessor, so the loop tree does not show how often the allocation
   runs (once in push1's function, as if no loop were around it; the
   for loop's 3 in push2's).  No bound is taken from it: the storage
   keeps its room test, and both programs run as without the plugin
   (review 9 found them overflowing bounded storage).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -ftree-vrp" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; long v; };

__attribute__ ((noinline)) long
push1 (const unsigned char *code)
{
  void *ops[] = { &&push, &&done };
  struct node *head = 0;
  long i = 0;
 push:;
  struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
  if (!x)
    abort ();
  x->v = i++;
  x->next = head;
  head = x;
  goto *ops[*code++];
 done:;
  long s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s = s * 3 + head->v;
      free (head);
      head = nx;
    }
  return s;
}

__attribute__ ((noinline)) long
push2 (const unsigned char *code)
{
  void *ops[] = { &&push, &&next };
  struct node *head = 0;
  for (int r = 0; r < 2; r++)
    {
      int i = 0;
    push:;
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!x)
	abort ();
      x->v = r * 100 + i++;
      x->next = head;
      head = x;
      goto *ops[*code++];
    next:;
    }
  long s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s = s * 3 + head->v;
      free (head);
      head = nx;
    }
  return s;
}

int
main (void)
{
  static const unsigned char p1[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
  static const unsigned char p2[] = { 0, 0, 1, 0, 0, 0, 1 };
  printf ("%ld %ld\n", push1 (p1), push2 (p2));
  return 0;
}

/* { dg-output "250959 110775" } */
/* { dg-final { scan-escape-dump-not "runs at most" } } */
/* { dg-final { valgrind-run } } */
