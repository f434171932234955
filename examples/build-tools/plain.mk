# plain.mk -- the build-tools example with plain make:
#   make -f plain.mk CC=escape-gcc
CC = gcc
CFLAGS = -O2
all: wordsum
wordsum: wordsum.o words.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ wordsum.o words.o
wordsum.o words.o: words.h
clean:
	rm -f wordsum *.o
.PHONY: all clean
