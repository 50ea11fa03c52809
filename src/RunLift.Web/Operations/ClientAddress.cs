using System.Net;

namespace RunLift.Web.Operations;

/// <summary>Who the client is, for rate limits: its address as the forwarded headers of a known proxy give it.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// The client's IPv4 address, or the /64 network of its IPv6 address: one subscriber is usually given a whole /64,
    /// so counting single IPv6 addresses would let one client rotate through billions of them.
    /// </summary>
    public static string KeyOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
