/* Two promoted sites whose frees GCC's points-to facts do not tell
   apart: the lists' next fields are loaded from objects whose contents
   escape (the volatile reads keep the stored values from being
   forwarded), so each walk's free may, for points-to analysis, release
   either list's nodes, and both sites rewrite both frees.  A free that
   one site could delete (its pointer is always null or one of its own
   nodes) is then range-tested by both: review 10 found the compiler
   crashing when the second site rewrote a free the first had deleted
   (a list and a list; a list and a single object).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -ftree-vrp" } */

#include <stdio.h>
#include <stdlib.h>

struct a { struct a *next; volatile long v; };
struct b { struct b *next; volatile long v; };
struct c { struct c *self; volatile long v; };

__attribute__ ((noinline)) long
two_lists (unsigned k)
{
  unsigned n = k % 4;
  struct b *hb = 0;
  struct a *ha = 0;
  long s = 0;
  for (unsigned i = 0; i < n; i++)
    {
      struct b *y = malloc (sizeof *y); /* { dg-message "'y' \\(16 bytes, malloc\\) promoted to frame storage \\(64 bytes in this function, room for all 4 objects a call may allocate here\\)" } */
      if (!y)
	abort ();
      y->v = i;
      y->next = hb;
      hb = y;
      s += y->v;
    }
  for (unsigned i = 0; i < n; i++)
    {
      struct a *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(64 bytes in this function, room for all 4 objects a call may allocate here\\)" } */
      if (!x)
	abort ();
      x->v = i * 3;
      x->next = ha;
      ha = x;
      s += x->v;
    }
  while (ha)
    {
      struct a *nx = ha->next;
      free (ha);
      ha = nx;
    }
  while (hb)
    {
      struct b *nx = hb->next;
      free (hb);
      hb = nx;
    }
  return s;
}

__attribute__ ((noinline)) long
list_and_object (unsigned k)
{
  unsigned n = k % 4;
  struct a *ha = 0;
  long s = 0;
  for (unsigned i = 0; i < n; i++)
    {
      struct a *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(64 bytes in this function, room for all 4 objects a call may allocate here\\)" } */
      if (!x)
	abort ();
      x->v = i;
      x->next = ha;
      ha = x;
      s += x->v;
    }
  struct c *y = malloc (sizeof *y); /* { dg-message "'y' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!y)
    abort ();
  y->self = y;
  y->v = k;
  s += y->v;
  while (ha)
    {
      struct a *nx = ha->next;
      free (ha);
      ha = nx;
    }
  free (y->self);
  return s;
}

int
main (void)
{
  long t = 0;
  for (unsigned k = 0; k < 9; k++)
    t = t * 5 + two_lists (k) + list_and_object (k);
  printf ("t=%ld\n", t);
  return 0;
}

/* { dg-final { valgrind-run } } */
