using System.Text.Json;
using System.Text.Json.Serialization;

namespace DonorPortal;

/// <summary>Source-generated JSON metadata of the portal's own responses.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PortalProblemDetails))]
[JsonSerializable(typeof(StoredResponse))]
internal sealed partial class PortalJsonContext : JsonSerializerContext;
