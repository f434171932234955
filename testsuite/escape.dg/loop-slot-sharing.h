/* loop-slot-sharing.h -- the program of the promote-loop-slot-sharing*.c
   tests (GCC PR middle-end/90348 with heap objects).  An outer loop
   allocates IN, an inner loop writes IN[J] and allocates, uses and
   frees a one-byte BUF; then the outer loop checks IN.  IVOPTs
   computes IN's address once before the loops and the inner loop
   writes through that integer only: if a clobber of IN's slot ran
   inside the loop, GCC 12 would give BUF the same bytes, and BUF's
   write would land in IN[0].  Each function returns how many bytes of
   IN were wrong: 0 always.  */

#include <stdio.h>
#include <stdlib.h>

volatile int sink;
int bad;

__attribute__ ((noinline)) void
set_one (unsigned char *ptr)
{
  *ptr = 1;
}

__attribute__ ((noinline)) void
check_zero (unsigned char const *in, unsigned int len)
{
  for (unsigned int i = 0; i < len; ++i)
    if (in[i] != 0)
      bad++;
}

static inline __attribute__ ((always_inline)) void
one_on_heap (void)
{
  unsigned char *buf = malloc (1);
  if (!buf)
    exit (2);
  set_one (buf);
  sink = buf[0];
  free (buf);
}

static inline __attribute__ ((always_inline)) void
one_on_stack (void)
{
  unsigned char buf[1];
  set_one (buf);
  sink = buf[0];
}

/* Both promoted.  */
__attribute__ ((noinline)) int
both (void)
{
  bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char *in = malloc (4);
      if (!in)
	exit (2);
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  one_on_heap ();
	}
      check_zero (in, i);
      free (in);
    }
  return bad;
}

/* The outer object promoted, the inner one a plain local array.  */
__attribute__ ((noinline)) int
outer (void)
{
  bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char *in = malloc (4);
      if (!in)
	exit (2);
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  one_on_stack ();
	}
      check_zero (in, i);
      free (in);
    }
  return bad;
}

/* The outer object a plain local array, the inner one promoted.  */
__attribute__ ((noinline)) int
inner (void)
{
  bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char in[4];
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  one_on_heap ();
	}
      check_zero (in, i);
    }
  return bad;
}

/* The outer object guarded (variable size), the inner one promoted.  */
__attribute__ ((noinline)) int
guarded (unsigned n)
{
  bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char *in = malloc (n);
      if (!in)
	exit (2);
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  one_on_heap ();
	}
      check_zero (in, i);
      free (in);
    }
  return bad;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("both %d outer %d inner %d guarded %d\n", both (), outer (),
	  inner (), guarded (argc + 3));
  return 0;
}
