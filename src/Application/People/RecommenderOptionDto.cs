namespace InvestPromo.Application.People;

/// <summary>
/// An ambassador or notable native as a picker offers them (credit recommender, lead source): id and name with what tells
/// namesakes apart, never contacts.
/// </summary>
public sealed record RecommenderOptionDto(Guid Id, string Name, int? Year, string? CertificateNumber, string? Company);
