package io.pixelscrub.scrubber.redact.jpeg;

/** Receives a scan's Huffman symbols and raw bits in coding order: to count them, or to write them. */
interface SymbolSink {
    /** A DC (tableClass 0) or AC (1) symbol of the scan component with index {@code scanComponent}. */
    void symbol(int tableClass, int scanComponent, int symbol);

    void extraBits(int value, int n);

    void restart(int n);
}
