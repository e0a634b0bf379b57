package nl.permitholders.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses a partner's callback may not reach: every block of IANA's IPv4 and IPv6 Special-Purpose Address
 * Registries (RFC 6890 and its updates), globally reachable or not, with multicast and the reserved blocks beside them.
 * An IPv6 address that carries an IPv4 address reaches that address: an IPv4-mapped address ({@code ::ffff:0:0/96})
 * and one of the well-known NAT64 prefix ({@code 64:ff9b::/96}) are judged by the IPv4 address they embed; the other
 * transition prefixes (IPv4-compatible {@code ::/96}, local-use NAT64 {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16},
 * Teredo {@code 2001::/32}) are refused whole, whatever they embed. Any IPv6 address outside global unicast
 * ({@code 2000::/3}) is refused too, so a block IANA adds there later is refused already.
 */
public final class SpecialPurposeAddressRule {

    /** A block of addresses: a prefix and its length in bits. */
    record Block(byte[] prefix, int bits, String name) {

        static Block of(String cidr, String name) {
            String[] parts = cidr.split("/");
            try {
                return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /** IANA IPv4 Special-Purpose Address Registry, with multicast (224.0.0.0/4). */
    static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "this network"),
            Block.of("10.0.0.0/8", "private use"),
            Block.of("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            Block.of("127.0.0.0/8", "loopback"),
            Block.of("169.254.0.0/16", "link local"),
            Block.of("172.16.0.0/12", "private use"),
            Block.of("192.0.0.0/24", "IETF protocol assignments"),
            Block.of("192.0.2.0/24", "documentation (TEST-NET-1)"),
            Block.of("192.31.196.0/24", "AS112-v4"),
            Block.of("192.52.193.0/24", "AMT"),
            Block.of("192.88.99.0/24", "deprecated 6to4 relay anycast"),
            Block.of("192.168.0.0/16", "private use"),
            Block.of("192.175.48.0/24", "direct delegation AS112 service"),
            Block.of("198.18.0.0/15", "benchmarking"),
            Block.of("198.51.100.0/24", "documentation (TEST-NET-2)"),
            Block.of("203.0.113.0/24", "documentation (TEST-NET-3)"),
            Block.of("224.0.0.0/4", "multicast"),
            Block.of("240.0.0.0/4", "reserved"),
            Block.of("255.255.255.255/32", "limited broadcast"));

    /** IANA IPv6 Special-Purpose Address Registry inside global unicast (2000::/3); outside it everything is refused. */
    static final List<Block> IPV6_IN_GLOBAL_UNICAST = List.of(
            Block.of("2001::/23", "IETF protocol assignments (Teredo, benchmarking, AMT, ORCHID, ...)"),
            Block.of("2001:db8::/32", "documentation"),
            Block.of("2002::/16", "6to4"),
            Block.of("2620:4f:8000::/48", "direct delegation AS112 service"),
            Block.of("3fff::/20", "documentation"));

    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "global unicast");
    /** Built from its bytes: the JDK reads {@code ::ffff:0:0} as the IPv4 address it maps. */
    private static final Block IPV4_MAPPED = new Block(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0},
            96, "IPv4-mapped");
    private static final Block NAT64 = Block.of("64:ff9b::/96", "IPv4-IPv6 translation");

    private SpecialPurposeAddressRule() {
    }

    /** Whether {@code address} lies in a special-purpose block, or reaches one through the IPv4 address it carries. */
    public static boolean special(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().anyMatch(block -> block.contains(bytes));
        }
        if (address instanceof Inet6Address) {
            if (IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
                return special(embeddedIpv4(bytes));
            }
            return !GLOBAL_UNICAST.contains(bytes) || IPV6_IN_GLOBAL_UNICAST.stream().anyMatch(block -> block.contains(bytes));
        }
        return true;
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
