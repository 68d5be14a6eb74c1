using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits.Commands.AddCreditEvidence;

/// <summary>
/// The filer adds a file (an introduction letter, meeting records) to its unit's proposed claim; the same types and size limit as
/// a filing's attachments, checked by extension and first bytes; nothing is stored when any check fails.
/// </summary>
public sealed record AddCreditEvidenceCommand(Guid CreditId, string? FileName, long Length, Stream Content) : ICommand<CreditEvidenceDto>;

public sealed class AddCreditEvidenceValidator : AbstractValidator<AddCreditEvidenceCommand>
{
    public AddCreditEvidenceValidator(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.AddFileRules(x => x.FileName, x => x.Length, options.Allowed(), options.MaxBytes);
    }
}

public sealed class AddCreditEvidenceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IFileStorage storage, AttachmentOptions options)
    : ICommandHandler<AddCreditEvidenceCommand, CreditEvidenceDto>
{
    public async ValueTask<CreditEvidenceDto> Handle(AddCreditEvidenceCommand command, CancellationToken cancellationToken)
    {
        var credit = await db.OwnCreditAsync(user, command.CreditId, cancellationToken);
        if (credit.Status != CreditStatus.Proposed)
        {
            throw DomainRuleException.Conflict("credit.already-decided", "The credit claim has already been decided.");
        }

        if (await db.CreditEvidence.CountAsync(e => e.CreditId == credit.Id, cancellationToken) >= CreditEvidence.MaxPerCredit)
        {
            throw DomainRuleException.Conflict("credit.evidence-limit", "A credit claim has at most 10 evidence files.");
        }

        var stored = await UploadedFiles.CheckAndStoreAsync(command.Content, command.FileName, options.Allowed(), options.MaxBytes, storage, cancellationToken);
        try
        {
            var evidence = CreditEvidence.Add(credit, stored.FileName, stored.Type.ContentType, stored.Length, stored.Sha256, stored.StorageKey, user.UserId, user.Name ?? "system", clock.GetUtcNow());
            db.CreditEvidence.Add(evidence);
            await db.SaveChangesAsync(cancellationToken);
            return new CreditEvidenceDto(evidence.Id, evidence.CreditId, evidence.FileName, evidence.ContentType, evidence.SizeBytes, evidence.CreatedAt, evidence.UploadedByName);
        }
        catch
        {
            await UploadedFiles.DiscardAsync(storage, stored.StorageKey);
            throw;
        }
    }
}
