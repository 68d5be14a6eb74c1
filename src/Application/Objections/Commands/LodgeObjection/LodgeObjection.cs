using System.Security.Cryptography;
using System.Text;
using InvestPromo.Application.Filings.Attachments;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Objections.Commands.LodgeObjection;

/// <summary>
/// Anyone lodges an objection (异议) to a project on a publication during its publicity period: name, phone or e-mail,
/// the objection, and optionally one evidence file (PDF or image). The filing goes into re-review. Limits: per client
/// address per 24 hours, per address per project, and per project. The answer carries the receipt code, once.
/// </summary>
public sealed record LodgeObjectionCommand(
    Guid PublicationId,
    Guid EntryId,
    string? ObjectorName,
    string? Contact,
    string? Text,
    string ClientAddress,
    string? FileName = null,
    long FileLength = 0,
    Stream? File = null) : ICommand<LodgedObjectionDto>;

public sealed class LodgeObjectionValidator : AbstractValidator<LodgeObjectionCommand>
{
    public LodgeObjectionValidator(ObjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.ObjectorName).NotEmpty().MaximumLength(Objection.NameMaxLength).SingleLineText();
        RuleFor(x => x.Contact).NotEmpty().MaximumLength(Objection.ContactMaxLength).SingleLineText();
        RuleFor(x => x.Contact).Must(BeAContact).When(x => !string.IsNullOrWhiteSpace(x.Contact) && x.Contact.Length <= Objection.ContactMaxLength)
            .WithMessage(_ => new Localized("请填写有效的手机号码、固定电话或电子邮箱。", "Give a valid mainland phone number or an e-mail address.").Current);
        RuleFor(x => x.Text).NotEmpty();
        RuleFor(x => x.Text).Must(t => t!.Trim().Length >= Objection.TextMinLength).When(x => !string.IsNullOrWhiteSpace(x.Text))
            .WithMessage(_ => new Localized($"异议内容至少 {Objection.TextMinLength} 个字。", $"The objection must be at least {Objection.TextMinLength} characters.").Current);
        RuleFor(x => x.Text).MaximumLength(Objection.TextMaxLength).MultiLineText();
        this.AddFileRules(x => x.FileName, x => x.FileLength, options.AllowedEvidence(), options.MaxEvidenceBytes, when: x => x.File is not null);
    }

    private static bool BeAContact(string? contact)
    {
        try
        {
            Objection.ParseContact(contact);
            return true;
        }
        catch (Domain.Common.DomainRuleException)
        {
            return false;
        }
    }
}

public sealed class LodgeObjectionHandler(IApplicationDbContext db, TimeProvider clock, IFileStorage storage, ObjectionOptions options)
    : ICommandHandler<LodgeObjectionCommand, LodgedObjectionDto>
{
    /// <summary>Objections racing on one filing each bump its version: the loser reloads and tries again, this many times in all.</summary>
    private const int Attempts = 3;

    public async ValueTask<LodgedObjectionDto> Handle(LodgeObjectionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var publication = await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.PublicationId, cancellationToken)
            ?? throw new NotFoundException(nameof(Publication), command.PublicationId);
        var entry = await db.PublicationEntries.AsNoTracking()
                .SingleOrDefaultAsync(e => e.Id == command.EntryId && e.PublicationId == publication.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(PublicationEntry), command.EntryId);
        var filing = await LoadFilingAsync(entry.FilingId, cancellationToken);
        Objection.EnsureOpen(publication, entry, filing, now); // the window and the filing first: nothing is stored after it closed

        var addressHash = AddressHash(command.ClientAddress);
        await EnforceLimitsAsync(entry.Id, addressHash, now, cancellationToken);

        StoredUpload? evidence = null;
        if (command.File is not null)
        {
            evidence = await UploadedFiles.CheckAndStoreAsync(
                command.File, command.FileName, options.AllowedEvidence(), options.MaxEvidenceBytes, storage, cancellationToken);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var receiptCode = ReceiptCode.New();
                var objection = Objection.Lodge(
                    publication,
                    entry,
                    filing,
                    new ObjectionData(command.ObjectorName, command.Contact, command.Text),
                    evidence is null ? null : new ObjectionEvidence(evidence.FileName, evidence.Type.ContentType, evidence.Length, evidence.Sha256, evidence.StorageKey),
                    ReceiptCode.HashOf(receiptCode)!,
                    addressHash,
                    now);
                db.Objections.Add(objection);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return new LodgedObjectionDto(receiptCode, now, objection.Status, entry.ProjectName, publication.Label, publication.PublicityEndsOn);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // Another objection to the same filing was saved in between: start again from the filing as it is now.
                    db.DiscardChanges();
                    filing = await LoadFilingAsync(entry.FilingId, cancellationToken);
                }
            }
        }
        catch
        {
            // Nothing was saved: the evidence goes too.
            if (evidence is not null)
            {
                await UploadedFiles.DiscardAsync(storage, evidence.StorageKey);
            }

            throw;
        }
    }

    /// <summary>The filing behind the entry, tracked with its history (it is about to change).</summary>
    private async Task<Filing> LoadFilingAsync(Guid filingId, CancellationToken cancellationToken) =>
        await db.Filings.Include(f => f.History).SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken)
        ?? throw Domain.Common.DomainRuleException.Conflict("objection.entry-closed", "The project no longer exists.");

    private async Task EnforceLimitsAsync(Guid entryId, string addressHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dayAgo = now.AddDays(-1);
        var fromAddress = await db.Objections.IgnoreQueryFilters()
            .CountAsync(o => o.ClientAddressHash == addressHash && o.LodgedAt > dayAgo, cancellationToken);
        if (fromAddress >= options.PerAddressPerDay)
        {
            throw new TooManyRequestsException("objection.too-many-from-address", "Too many objections from this address in 24 hours.");
        }

        var fromAddressToProject = await db.Objections.IgnoreQueryFilters()
            .CountAsync(o => o.EntryId == entryId && o.ClientAddressHash == addressHash, cancellationToken);
        if (fromAddressToProject >= options.PerAddressPerProject)
        {
            throw Domain.Common.DomainRuleException.Conflict("objection.already-lodged", "You have already objected to this project.");
        }

        var toProject = await db.Objections.IgnoreQueryFilters().CountAsync(o => o.EntryId == entryId, cancellationToken);
        if (toProject >= options.PerProject)
        {
            throw Domain.Common.DomainRuleException.Conflict("objection.project-limit", "This project has received the maximum number of objections.");
        }
    }

    /// <summary>The address is kept only as a hash: enough to count, not to show.</summary>
    private static string AddressHash(string clientAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("objection-client:" + clientAddress)));
}
