/* A promoted slot must not be given the bytes of a local array of the
   program that GCC 12 wrongly takes to be dead (PR 90348): IVOPTs
   reaches IN only through an integer computed before the loops, so no
   statement in them names IN, and the slot, first named inside the
   inner loop, would share IN's bytes; set_one's write then lands in
   IN[0].  The "escape-slots" pass names every slot at the function's
   entry, so the slot conflicts with IN.  Each function returns how many
   bytes of IN were wrong: 0 always (before the fix, 1 to 4 at -O1 or
   -O2).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

int counter;

__attribute__ ((noinline)) void
set_one (unsigned char *p)
{
  *p = 1;
  counter++;
}

/* The object allocated and freed in the inner loop.  */
__attribute__ ((noinline)) int
inner (void)
{
  int bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char in[4];
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  unsigned char *buf = malloc (1); /* { dg-message "'buf' \\(1 byte, malloc\\) promoted to the stack" } */
	  if (!buf)
	    abort ();
	  set_one (buf);
	  free (buf);
	}
      for (int j = 0; j < i; ++j)
	bad += in[j] != 0;
    }
  return bad;
}

/* The object allocated before the loops, used in the inner one.  */
__attribute__ ((noinline)) int
outside (void)
{
  int bad = 0;
  unsigned char *buf = malloc (1); /* { dg-message "'buf' \\(1 byte, malloc\\) promoted to the stack" } */
  if (!buf)
    abort ();
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char in[4];
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  set_one (buf);
	}
      for (int j = 0; j < i; ++j)
	bad += in[j] != 0;
    }
  free (buf);
  return bad;
}

/* calloc.  */
__attribute__ ((noinline)) int
zeroed (void)
{
  int bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char in[4];
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  unsigned char *buf = calloc (1, 1); /* { dg-message "'buf' \\(1 byte, calloc\\) promoted to the stack" } */
	  if (!buf)
	    abort ();
	  set_one (buf);
	  free (buf);
	}
      for (int j = 0; j < i; ++j)
	bad += in[j] != 0;
    }
  return bad;
}

/* A guarded (variable-size) slot.  */
__attribute__ ((noinline)) int
guarded (size_t n)
{
  int bad = 0;
  for (int i = 0; i <= 4; ++i)
    {
      unsigned char in[4];
      for (int j = 0; j < i; ++j)
	{
	  in[j] = 0;
	  unsigned char *buf = malloc (n); /* { dg-message "'buf' \\(variable size, malloc\\) promoted to the stack for sizes up to" } */
	  if (!buf)
	    abort ();
	  set_one (buf);
	  free (buf);
	}
      for (int j = 0; j < i; ++j)
	bad += in[j] != 0;
    }
  return bad;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("inner %d outside %d zeroed %d guarded %d\n", inner (), outside (),
	  zeroed (), guarded ((size_t) argc));
  return 0;
}

/* { dg-output "inner 0 outside 0 zeroed 0 guarded 0" } */
